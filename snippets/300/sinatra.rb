require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 300
    json message: 'Multiple Choices'
end
