require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 418
    json message: "I'm a teapot"
end
