require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 400
    json message: 'Bad Request'
end
